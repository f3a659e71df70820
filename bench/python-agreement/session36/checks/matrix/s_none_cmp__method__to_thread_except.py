"""none_cmp in a job's method under to_thread_except: `DATA["none"] > 25` raises TypeError."""
import asyncio

DATA = {"none": None, "num": 30, "row1": [1], "text": "abc", "zero": 0}
ROW = [1, 2]
EMPTY = []


class Config:
    def __init__(self):
        self.retries = 3


CONFIG = Config()
log = []


class Checker:
    def check(self, kind):
        if kind == "bad":
            return DATA["none"] > 25
        return 7


CHECKER = Checker()


def job(kind):
    return CHECKER.check(kind)


async def main():
    for k in ("good", "bad"):
        try:
            log.append(await asyncio.to_thread(job, k))
        except TypeError:
            log.append("caught")


asyncio.run(main())
print(sorted(map(str, log)))
