# pyco: versions=3.7-3.10
import asyncio

@asyncio.coroutine
def fetch_headers(site):
    print('fetch %s...' % site)
    yield from asyncio.sleep(len(site) / 10)
    print('%s header > Status: 200' % site)

loop = asyncio.get_event_loop()
jobs = [fetch_headers(s) for s in ['alpha.test']]
loop.run_until_complete(asyncio.wait(jobs))
loop.run_until_complete(asyncio.gather(fetch_headers('be.test'), fetch_headers('c.example')))
loop.close()
