import asyncio

log = []


class Parser:
    def __init__(self, base):
        self.base = base

    def parse(self, text):
        return int(text, self.base)


async def handle(parser, text):
    await asyncio.sleep(0)
    try:
        print(f"parsed {parser.parse(text)}")
        log.append("ok")
    except ValueError:
        log.append("bad")


async def main():
    p = Parser(16)
    await asyncio.gather(handle(p, "ff"), handle(p, "zz"))


asyncio.run(main())
print(sorted(log))
