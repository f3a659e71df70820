import threading

inventory = {"bolts": 5, "nuts": 7}
snapshot = list(inventory.items())


def consume():
    inventory["bolts"] -= 5


t = threading.Thread(target=consume)
t.start()
t.join()
print(snapshot, inventory["bolts"])
