"""`self.count += 1` on a class attribute makes an instance attribute: the class's count stays 0."""
import threading


class Visitor:
    count = 0

    def visit(self):
        self.count += 1


visitors = [Visitor(), Visitor()]
threads = [threading.Thread(target=v.visit) for v in visitors]
for t in threads:
    t.start()
for t in threads:
    t.join()
class_count = Visitor.count
first = visitors[0].count
second = visitors[1].count
print(class_count, first, second)
