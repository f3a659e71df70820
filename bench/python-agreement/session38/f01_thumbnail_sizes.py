# Compute thumbnail sizes for a batch of images with ThreadPoolExecutor.map (results in input order),
# then label each in a second map; an image with a zero side is rejected before the pool sees it.
from concurrent.futures import ThreadPoolExecutor

images = [("a.jpg", 4000, 3000), ("b.png", 800, 1200), ("c.gif", 300, 300), ("d.jpg", 1920, 1080),
          ("e.bmp", 0, 50)]
MAX_SIDE = 256


def valid(image):
    _, width, height = image
    return width > 0 and height > 0


def thumbnail(image):
    name, width, height = image
    scale = MAX_SIDE / max(width, height)
    if scale >= 1:
        return name, width, height
    return name, round(width * scale), round(height * scale)


def label(size):
    name, width, height = size
    shape = "landscape" if width > height else "portrait" if height > width else "square"
    return f"{name}:{shape}"


accepted = [image for image in images if valid(image)]
rejected = [image[0] for image in images if not valid(image)]
with ThreadPoolExecutor(max_workers=3) as pool:
    sizes = list(pool.map(thumbnail, accepted))
    labels = list(pool.map(label, sizes))

area = sum(w * h for _, w, h in sizes)
print(f"sizes={sizes} labels={labels} rejected={rejected} area={area}")
