# Known bug: buyers check seats_left, await a payment, then decrement; with no lock over the await, 3 buyers can all buy the last 2 seats (seats_left == -1).
import asyncio
import random

seats_left = 2
sold_to = []


async def buy(customer):
    global seats_left
    if seats_left > 0:
        await asyncio.sleep(random.uniform(0.001, 0.003))  # charge the card
        seats_left -= 1
        sold_to.append(customer)
    else:
        print(f"{customer}: sold out")


async def main():
    await asyncio.gather(*(buy(c) for c in ["ann", "ben", "cat"]))
    print("seats_left", seats_left, "sold to", sold_to)


if __name__ == "__main__":
    asyncio.run(main())
