# refused: isinstance with the base class tells the classes apart (inheritance stays refused)
import threading


class Shape:
    def area(self):
        return 0


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


total = 0


def add(shape):
    global total
    if isinstance(shape, Shape):
        total += shape.area()


t = threading.Thread(target=add, args=(Square(3),))
t.start()
t.join()
print(total)
