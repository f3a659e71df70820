# A bakery's cooling rack is a stack: the baker pushes fresh trays, the packer always takes the newest
# (last in, first out) tray and packs it, until the baker sends the closing marker.
import queue
import threading

rack = queue.LifoQueue()
packed = []
CLOSE = "close"


def baker():
    for tray in ["rye", "sourdough", "baguette"]:
        rack.put(tray)
    rack.put(CLOSE)


def packer():
    while True:
        tray = rack.get()
        if tray == CLOSE:
            break
        packed.append(tray)
    # trays below the marker are packed at closing time
    while not rack.empty():
        packed.append(rack.get())


b = threading.Thread(target=baker)
b.start()
b.join()
p = threading.Thread(target=packer)
p.start()
p.join()

print(f"packed={packed}")
