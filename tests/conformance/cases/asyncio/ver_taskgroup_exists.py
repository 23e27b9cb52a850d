# pyco: versions=all
import asyncio
print("TaskGroup:", hasattr(asyncio, "TaskGroup"))
print("timeout:", hasattr(asyncio, "timeout"))
print("Runner:", hasattr(asyncio, "Runner"))
print("to_thread:", hasattr(asyncio, "to_thread"))
print("run:", hasattr(asyncio, "run"))
print("create_task:", hasattr(asyncio, "create_task"))
print("TimeoutError is builtin:", asyncio.TimeoutError is TimeoutError)
print("CancelledError is Exception:", issubclass(asyncio.CancelledError, Exception))
