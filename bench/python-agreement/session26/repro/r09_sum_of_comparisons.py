import threading

passed: dict[str, int] = {}
lock = threading.Lock()


def grade(name: str, exam: int, project: int) -> None:
    with lock:
        passed[name] = sum([exam >= 50, project >= 50])


threads = [threading.Thread(target=grade, args=(n, e, p)) for n, e, p in [("ann", 70, 40), ("bob", 55, 90)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
ann = passed["ann"]
bob = passed["bob"]
print(ann, bob)
