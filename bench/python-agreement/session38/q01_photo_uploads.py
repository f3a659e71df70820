# A photo upload pipeline: a resizer stage and an uploader stage connected by queues, shut down with a
# sentinel passed from stage to stage.
import queue
import threading

STOP = None
to_resize = queue.Queue()
to_upload = queue.Queue()
uploaded = []


def resizer():
    while True:
        photo = to_resize.get()
        if photo is STOP:
            to_upload.put(STOP)
            break
        name, width = photo
        to_upload.put((name, min(width, 1024)))


def uploader():
    while True:
        item = to_upload.get()
        if item is STOP:
            break
        name, width = item
        uploaded.append(f"{name}@{width}")


stages = [threading.Thread(target=resizer), threading.Thread(target=uploader)]
for s in stages:
    s.start()
for photo in [("beach", 4000), ("cat", 800), ("sunset", 2048)]:
    to_resize.put(photo)
to_resize.put(STOP)
for s in stages:
    s.join()

print(f"uploaded={uploaded} left={to_resize.qsize() + to_upload.qsize()}")
