# BUG: lost update across processes: `counter.value += 1` on a multiprocessing.Value is a read and a write
# variant _g: the final values also stored in the module dict `final`, so that agree.py compares them
# (the Value's lock is not held across both), so concurrent increments can be lost.
import multiprocessing

final = {}


def sell_tickets(counter, n):
    for _ in range(n):
        counter.value += 1


if __name__ == "__main__":
    sold = multiprocessing.Value("i", 0)
    booths = [multiprocessing.Process(target=sell_tickets, args=(sold, 50)) for _ in range(2)]
    for b in booths:
        b.start()
    for b in booths:
        b.join()
    print("tickets sold", sold.value, "expected", 100)
    final["sold"] = sold.value
    print("lost" if sold.value < 100 else "all counted")
