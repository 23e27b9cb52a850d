# pyco: versions=all
# Before 3.11 a reraise (bare raise, the end of finally/with) restores the traceback the
# exception had when caught; from 3.11 on it is raised with its current __traceback__.
import traceback


def fail():
    raise KeyError("x")


def raise_again(e):
    try:
        raise e
    except KeyError:
        pass


def bare_raise():
    try:
        fail()
    except KeyError as e:
        raise_again(e)
        raise


try:
    bare_raise()
except KeyError:
    traceback.print_exc()


class Exit:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        try:
            raise value
        except KeyError:
            pass
        return False


def with_block():
    with Exit():
        fail()


try:
    with_block()
except KeyError:
    traceback.print_exc()


def cleared():
    try:
        fail()
    except KeyError as e:
        e.__traceback__ = None
        raise


cleared()
