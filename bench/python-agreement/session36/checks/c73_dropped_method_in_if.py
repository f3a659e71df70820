"""A dropped method call whose return sits in an if: `self.parse(text)` with `return int(text)`."""
import threading

caught = []


class Parser:
    def parse(self, text):
        if text:
            return int(text)
        return 0


parser = Parser()


def worker(text):
    try:
        parser.parse(text)
        caught.append("no error")
    except ValueError:
        caught.append("caught")


t = threading.Thread(target=worker, args=("x",))
t.start()
t.join()
print(caught)
