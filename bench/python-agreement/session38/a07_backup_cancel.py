# A backup job copies files one at a time; the operator cancels it after a deadline. The job's finally
# block releases the snapshot, and the cancelled state is observed by the caller.
import asyncio

copied = []
events = []


async def backup(files):
    events.append("snapshot taken")
    try:
        for name in files:
            await asyncio.sleep(0.01)
            copied.append(name)
        return "complete"
    finally:
        events.append("snapshot released")


async def main():
    job = asyncio.create_task(backup(["a", "b", "c", "d", "e", "f"]))
    await asyncio.sleep(0.035)
    job.cancel()
    try:
        await job
        outcome = "finished"
    except asyncio.CancelledError:
        outcome = "cancelled"
    return outcome, job.cancelled()


outcome, flag = asyncio.run(main())
print(f"outcome={outcome} flag={flag} copied={len(copied)} events={events}")
