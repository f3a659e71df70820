"""self.count += 1 on a class attribute makes an instance attribute; the class's stays 0."""
import threading


class Visitor:
    count = 0

    def visit(self):
        self.count += 1


v = Visitor()
w = Visitor()
class_count = 0
v_count = 0
w_count = 0
threads = [threading.Thread(target=v.visit), threading.Thread(target=v.visit), threading.Thread(target=w.visit)]
for t in threads:
    t.start()
for t in threads:
    t.join()
class_count = Visitor.count
v_count = v.count
w_count = w.count
print(class_count, v_count, w_count)
