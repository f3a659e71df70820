"""Two consumers wait on a Condition for items a producer appends; each item is taken exactly once."""
import threading

items = []
cond = threading.Condition()
taken = {}
done = False


def consumer(name):
    count = 0
    while True:
        with cond:
            while not items and not done:
                cond.wait()
            if not items:
                break
            items.pop(0)
        count += 1
    taken[name] = count


def producer():
    global done
    for i in range(4):
        with cond:
            items.append(i)
            cond.notify()
    with cond:
        done = True
        cond.notify_all()


if __name__ == "__main__":
    workers = [threading.Thread(target=consumer, args=(n,)) for n in ("c1", "c2")]
    for w in workers:
        w.start()
    p = threading.Thread(target=producer)
    p.start()
    p.join()
    for w in workers:
        w.join()
    total_taken = taken["c1"] + taken["c2"]
    assert total_taken == 4
