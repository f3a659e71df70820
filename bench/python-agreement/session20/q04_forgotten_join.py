# BUG: forgotten join: main reads the results right after queueing the work, without tasks.join(), so the workers may not have finished
import queue
import threading
import time

tasks = queue.Queue()
results = []


def resize(image_id):
    time.sleep(0.001)
    return f"thumb-{image_id}"


def worker():
    while True:
        image_id = tasks.get()
        results.append(resize(image_id))
        tasks.task_done()


if __name__ == "__main__":
    for _ in range(2):
        threading.Thread(target=worker, daemon=True).start()
    for image_id in range(4):
        tasks.put(image_id)
    time.sleep(0.02)
    finished = len(results)
    assert finished == 4, f"only {finished} thumbnails"
