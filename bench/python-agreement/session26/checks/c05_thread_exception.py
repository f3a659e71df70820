import threading

done: list[int] = []


def work(n: int) -> None:
    if n == 1:
        raise ValueError("bad item")
    done.append(n)


threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(done)
print(count)
assert count == 2
