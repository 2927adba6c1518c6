class Component(Enum):
    Café = 7020
    x = """never closed
support_matrix = {"a": {">=3.7": [
