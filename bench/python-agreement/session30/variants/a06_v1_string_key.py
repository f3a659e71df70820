import asyncio
from dataclasses import dataclass


@dataclass
class Request:
    client: str
    path: str


class Server:
    def __init__(self, workers):
        self.inbox = asyncio.Queue()
        self.responses = {}
        self.stopping = asyncio.Event()
        self.workers = workers
        self.handled = 0

    async def handle(self, request):
        await asyncio.sleep(0.001)
        if request.path == "/missing":
            return 404
        return 200

    async def worker(self):
        while not (self.stopping.is_set() and self.inbox.empty()):
            try:
                request = await asyncio.wait_for(self.inbox.get(), timeout=0.005)
            except asyncio.TimeoutError:
                continue
            status = await self.handle(request)
            self.responses[f"{request.client}{request.path}"] = status
            self.handled += 1
            self.inbox.task_done()

    async def serve(self):
        await asyncio.gather(*(self.worker() for _ in range(self.workers)))


async def client(server, name, paths):
    for path in paths:
        await server.inbox.put(Request(name, path))
        await asyncio.sleep(0.001)


async def main():
    server = Server(workers=2)
    serving = asyncio.create_task(server.serve())
    await asyncio.gather(client(server, "x", ["/", "/missing"]), client(server, "y", ["/about"]))
    await server.inbox.join()
    server.stopping.set()
    await serving
    print("handled:", server.handled)
    print("statuses:", sorted(server.responses.values()))


asyncio.run(main())
