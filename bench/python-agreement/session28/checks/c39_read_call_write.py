import threading

balance = 0


def audit(value: int) -> int:
    return value


def deposit(times: int) -> None:
    global balance
    for _ in range(times):
        current = balance
        current = audit(current)  # a call between the read and the write: CPython may switch here
        balance = current + 1


threads = [threading.Thread(target=deposit, args=(20000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(balance)
assert balance == 40000
