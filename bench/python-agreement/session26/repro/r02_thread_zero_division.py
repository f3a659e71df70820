import threading

shares: list[int] = []


def split(total: int, people: int) -> None:
    shares.append(total // people)


threads = [threading.Thread(target=split, args=(10, n)) for n in (0, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(shares)
print(count)
