# self.hits += 1 on a class attribute makes an instance attribute; the class's stays 0
import threading


class Page:
    hits = 0

    def visit(self):
        self.hits += 1


pages = [Page(), Page()]


def visitor(p):
    p.visit()
    p.visit()


threads = [threading.Thread(target=visitor, args=(p,)) for p in pages]
for t in threads:
    t.start()
for t in threads:
    t.join()
class_hits = Page.hits
first_hits = pages[0].hits
print(class_hits, first_hits)
