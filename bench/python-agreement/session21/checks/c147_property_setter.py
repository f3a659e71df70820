# a property whose setter validates: a bad value raises ValueError and leaves the old one
import threading


class Temperature:
    def __init__(self):
        self._celsius = 20

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273:
            raise ValueError("below absolute zero")
        self._celsius = value


temp = Temperature()
errors = 0


def adjust(value):
    global errors
    try:
        temp.celsius = value
    except ValueError:
        errors += 1


for v in [25, -300]:
    t = threading.Thread(target=adjust, args=(v,))
    t.start()
    t.join()
final = temp.celsius
print(final, errors)
