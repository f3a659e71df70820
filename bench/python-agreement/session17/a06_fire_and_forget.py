# bug: order violation: the audit task is created but never awaited, so main reads the log before it is written
import asyncio

audit_log = []


async def audit(event: str) -> None:
    await asyncio.sleep(0.001)
    audit_log.append(event)


async def handle_login(user: str) -> str:
    asyncio.create_task(audit(f"login:{user}"))
    return f"welcome {user}"


async def main():
    greeting = await handle_login("dana")
    print(greeting, audit_log)
    assert audit_log == ["login:dana"], "audit entry missing"


asyncio.run(main())
