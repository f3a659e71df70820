import threading


class Guard:
    def __init__(self):
        self.lock = threading.Lock()
        self.entered = 0
        self.exited = 0

    def __enter__(self):
        self.lock.acquire()
        self.entered += 1

    def __exit__(self, exc_type, exc_value, traceback):
        self.exited += 1
        self.lock.release()
        return False


guard = Guard()
stock = {"apples": 3}


def take(n):
    with guard:
        if stock["apples"] < n:
            return 0
        stock["apples"] -= n
        return n


taken = []


def customer(n):
    got = take(n)
    taken.append(got)


threads = [threading.Thread(target=customer, args=(k,)) for k in (2, 2, 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("left", stock["apples"], "taken", sorted(taken), "entered", guard.entered, "exited", guard.exited)
assert guard.entered == guard.exited
