import threading


class Counter:
    count = 0

    def bump(self):
        self.count += 1


a = Counter()
b = Counter()
threads = [threading.Thread(target=a.bump), threading.Thread(target=b.bump), threading.Thread(target=a.bump)]
for t in threads:
    t.start()
for t in threads:
    t.join()
class_count = Counter.count
a_count = a.count
b_count = b.count
print(class_count, a_count, b_count)
