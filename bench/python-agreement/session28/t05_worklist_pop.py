# BUG: check-then-act on a shared list: `if not work` then `work.pop(0)` lets two threads race for the last item
import threading
import time

work = list(range(1, 7))
done: list[int] = []
errors = 0


def worker() -> None:
    global errors
    while True:
        if not work:
            return
        time.sleep(0.001)  # look at the job before taking it
        try:
            item = work.pop(0)
        except IndexError:
            errors += 1
            return
        done.append(item * item)


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

done.sort()
print(f"done={done} errors={errors}")
assert errors == 0, "a worker found the list empty after checking it"
