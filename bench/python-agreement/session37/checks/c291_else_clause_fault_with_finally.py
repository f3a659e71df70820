import asyncio

log = []


async def job(text):
    try:
        log.append("try")
    except ValueError:
        log.append("handler")
    else:
        log.append(int(text))
    finally:
        log.append("finally")


async def main():
    results = await asyncio.gather(job("x"), return_exceptions=True)
    log.append(type(results[0]).__name__)


asyncio.run(main())
print(log)  # ordered
