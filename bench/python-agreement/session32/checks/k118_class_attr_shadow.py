# self.count += 1 where count is a class attribute: the instance gets its own; the class's stays 0.
import threading


class Counter:
    count = 0

    def bump(self):
        self.count += 1


c = Counter()
t = threading.Thread(target=c.bump)
t.start()
t.join()
class_count = Counter.count
instance_count = c.count
print(class_count, instance_count)
