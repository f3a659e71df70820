# check: a for loop over a list sees the items appended while it runs (a BFS worklist)
import threading

todo = [1]
visited = []


def walk():
    for node in todo:
        visited.append(node)
        if node < 4:
            todo.append(node + 1)


t = threading.Thread(target=walk)
t.start()
t.join()
print(visited)
