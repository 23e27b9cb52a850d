# pyco: versions=all
import asyncio

async def fetch_headers(site):
    print('fetch %s...' % site)
    await asyncio.sleep(len(site) / 10)
    for h in ('Status: 200', 'Server: sim'):
        print('%s header > %s' % (site, h))

loop = asyncio.get_event_loop()
jobs = [fetch_headers(s) for s in ['alpha.test']]
try:
    loop.run_until_complete(asyncio.wait(jobs))
except TypeError as e:
    print("TypeError:", e)
    for j in jobs:
        j.close()
jobs = [fetch_headers(s) for s in ['be.test', 'gamma.example', 'd.io']]
loop.run_until_complete(asyncio.gather(*jobs))
loop.close()
