# pyco: versions=all
def resource():
    print("acquire")
    try:
        yield "using"
        yield "still using"
    finally:
        print("release")

fresh = resource()
print("close fresh ->", fresh.close())
running = resource()
print(next(running))
print("close suspended ->", running.close())
print("close again ->", running.close())
done = resource()
print(list(done))
print("close exhausted ->", done.close())
