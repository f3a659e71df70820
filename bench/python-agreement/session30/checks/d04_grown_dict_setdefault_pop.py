import threading

inventory = {"bolts": 10, "nuts": 4}
names = []
popped = -1


def restock():
    inventory.setdefault("washers", 0)
    inventory["washers"] += 5


def retire():
    global popped
    popped = inventory.pop("nuts")
    inventory["nuts"] = 1


threads = [threading.Thread(target=restock), threading.Thread(target=retire)]
for t in threads:
    t.start()
for t in threads:
    t.join()
names = list(inventory)
print(names, popped, inventory["washers"])
