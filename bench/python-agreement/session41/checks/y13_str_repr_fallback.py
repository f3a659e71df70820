# check: f-string of an object uses __str__, falling back to __repr__
import threading

lines = []


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"


class Label:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return self.text.upper()

    def __repr__(self):
        return f"Label({self.text!r})"


def work():
    m = Money(250)
    lab = Label("sale")
    lines.append(f"{m}|{lab}|{lab!r}|{str(m)}")


t = threading.Thread(target=work)
t.start()
t.join()
print(lines)
