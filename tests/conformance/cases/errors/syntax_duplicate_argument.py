# pyco: versions=3.8+
class Api:
    async def fetch(self, url, *, url=None):
        pass
