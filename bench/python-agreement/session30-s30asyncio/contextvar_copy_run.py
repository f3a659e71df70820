import asyncio
import contextvars

tenant = contextvars.ContextVar("tenant", default="none")
log = []


def render(page: str) -> None:
    tenant.set("preview")
    log.append(f"{tenant.get()}:{page}")


async def serve(name: str, page: str) -> None:
    tenant.set(name)
    await asyncio.sleep(0.001)
    contextvars.copy_context().run(render, page)
    log.append(f"{tenant.get()}:{page}")


async def main() -> None:
    await asyncio.gather(serve("acme", "home"), serve("globex", "about"))
    contextvars.copy_context().run(render, "index")
    log.append(f"{tenant.get()}:index")


asyncio.run(main())
final_tenant = tenant.get()
print(log, final_tenant)
