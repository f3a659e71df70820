import queue
import threading
import time

stage_q: "queue.Queue[int | None]" = queue.Queue()
done: list[int] = []


def fetcher() -> None:
    for i in range(4):
        time.sleep(0.02)
        stage_q.put(i)
    stage_q.put(None)


def writer() -> None:
    while (item := stage_q.get()) is not None:
        time.sleep(0.01)
        done.append(item)


threads = [threading.Thread(target=fetcher), threading.Thread(target=writer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"done={done}")
