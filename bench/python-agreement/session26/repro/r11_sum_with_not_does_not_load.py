import threading

missing = 0


def count_missing(first: int, second: int) -> None:
    global missing
    missing = sum([not first, not second])


t = threading.Thread(target=count_missing, args=(0, 3))
t.start()
t.join()
print(missing)
