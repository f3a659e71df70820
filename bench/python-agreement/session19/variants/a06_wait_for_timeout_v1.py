"""asyncio.wait_for with a deadline: the slow backend times out and the fallback is used."""
import asyncio

TIMEOUT_S = 0.05
BACKENDS = {"primary": 0.2, "replica": 0.01}

answers = {}
log = []


async def query(backend):
    try:
        await asyncio.sleep(BACKENDS[backend])
        return f"{backend}-rows"
    except asyncio.CancelledError:
        log.append(f"{backend} cancelled")
        raise


async def query_with_fallback():
    answer = "no answer"
    for backend in BACKENDS:
        try:
            answer = await asyncio.wait_for(query(backend), timeout=TIMEOUT_S)
            break
        except asyncio.TimeoutError:
            log.append(f"{backend} timed out")
    return answer


async def main():
    answers["users"] = await query_with_fallback()


if __name__ == "__main__":
    asyncio.run(main())
    assert answers["users"] == "replica-rows"
