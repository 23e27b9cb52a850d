# pyco: versions=all
import asyncio
try:
    print(asyncio.all_tasks())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(asyncio.current_task())
except RuntimeError as e:
    print("RuntimeError:", e)
