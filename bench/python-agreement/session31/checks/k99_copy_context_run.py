# contextvars.copy_context().run(render, page): what render sets stays in the copy
import asyncio
import contextvars

lang = contextvars.ContextVar("lang", default="en")
rendered = []
after = ""


def render(page):
    lang.set("fr")
    rendered.append(f"{page}:{lang.get()}")


async def main():
    global after
    lang.set("de")
    contextvars.copy_context().run(render, "home")
    after = lang.get()
    await asyncio.sleep(0)


asyncio.run(main())
print(rendered, after)
