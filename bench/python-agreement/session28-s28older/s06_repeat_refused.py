# refused: `[[]] * n` shares one inner list n times, which a comprehension would make n times
import threading

sizes = {}


def build():
    n = sizes.get("n", 2)
    grid = [[]] * n
    grid[0].append(1)
    sizes["first"] = len(grid[1])


t = threading.Thread(target=build)
t.start()
t.join()
print(sizes)
