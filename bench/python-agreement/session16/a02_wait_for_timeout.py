# no bug: a slow backend call is abandoned after a timeout and a fallback value is used
import asyncio

status = {"primary": "pending", "fallback": "unused"}


async def query_primary():
    await asyncio.sleep(0.5)
    return 42


async def main():
    try:
        value = await asyncio.wait_for(query_primary(), timeout=0.02)
        status["primary"] = "ok"
    except asyncio.TimeoutError:
        status["primary"] = "timeout"
        status["fallback"] = "used"
        value = 0
    return value


answer = asyncio.run(main())
print(f"answer={answer} status={status}")
