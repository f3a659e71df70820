# bug: __init__'s default list is made once, so two carts made without items share one list
import threading


class Cart:
    def __init__(self, owner, items=[]):
        self.owner = owner
        self.items = items

    def add(self, item):
        self.items.append(item)


ann = Cart("ann")
bob = Cart("bob")
t1 = threading.Thread(target=ann.add, args=("apple",))
t2 = threading.Thread(target=bob.add, args=("pear",))
t1.start()
t2.start()
t1.join()
t2.join()
ann_count = len(ann.items)
print(ann_count)
assert ann_count == 1, "carts share their items"
