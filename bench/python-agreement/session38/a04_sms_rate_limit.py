# Send a burst of SMS through a provider that allows 2 concurrent requests (asyncio.Semaphore); track
# the peak number of requests in flight.
import asyncio

in_flight = 0
peak = 0
delivered = []


async def send_sms(number, sem):
    global in_flight, peak
    async with sem:
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.002)
        delivered.append(number)
        in_flight -= 1


async def main():
    sem = asyncio.Semaphore(2)
    numbers = [f"+1555000{i}" for i in range(6)]
    await asyncio.gather(*(send_sms(n, sem) for n in numbers))


asyncio.run(main())
print(f"delivered={len(delivered)} peak={peak} in_flight={in_flight}")
