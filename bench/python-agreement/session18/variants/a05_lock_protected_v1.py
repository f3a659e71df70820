# Ticket sales guarded by an asyncio.Lock: the check and the update happen under the lock.
import asyncio

SEATS = 3
BUYERS = ["ann", "ben", "cid", "dee", "eli"]


class BoxOffice:
    def __init__(self, seats):
        self.seats = seats
        self.lock = asyncio.Lock()
        self.sold_to = []
        self.turned_away = 0

    async def buy(self, buyer):
        async with self.lock:
            if self.seats == 0:
                self.turned_away += 1
                return False
            await asyncio.sleep(0.001)  # the payment
            self.seats -= 1
            self.sold_to.append(buyer)
            return True


office = None
sold_count = 0


async def main():
    global office, sold_count
    office = BoxOffice(SEATS)
    outcomes = await asyncio.gather(*(office.buy(b) for b in BUYERS))
    for ok in outcomes:
        if ok:
            sold_count += 1


if __name__ == "__main__":
    asyncio.run(main())
    assert sold_count == SEATS and office.seats == 0
