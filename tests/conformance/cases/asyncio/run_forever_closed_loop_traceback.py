# pyco: versions=all
import asyncio

loop = asyncio.new_event_loop()
loop.close()
loop.run_forever()
