"""Reads an export with the parser analysts use and prints what it saw as JSON.

  python parse-export.py graphml FILE   networkx.read_graphml
  python parse-export.py csv FILE       pandas.read_csv
"""

import json
import sys


def graphml(path):
    import networkx as nx  # imported here: each reader loads only its own library

    graph = nx.read_graphml(path)
    nodes = list(graph.nodes(data=True))
    return {
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "node_count": graph.number_of_nodes(),
        "edge_count": graph.number_of_edges(),
        "node_attribute_types": attribute_types(data for _, data in nodes),
        "edge_attribute_types": attribute_types(data for *_, data in graph.edges(data=True)),
        "nodes": {node: data for node, data in nodes},
        # networkx keeps a GraphML edge id as the edge key of a multigraph, as `id` otherwise.
        "edges": [
            {"source": u, "target": v, "id": key, **data} for u, v, key, data in graph.edges(keys=True, data=True)
        ]
        if graph.is_multigraph()
        else [{"source": u, "target": v, **data} for u, v, data in graph.edges(data=True)],
    }


def attribute_types(attribute_maps):
    """The Python types networkx gave each attribute, e.g. {"evidenceCount": ["int"]}."""
    types = {}
    for attributes in attribute_maps:
        for name, value in attributes.items():
            types.setdefault(name, set()).add(type(value).__name__)
    return {name: sorted(found) for name, found in types.items()}


def csv(path):
    import pandas as pd

    # CAMEO codes are text with leading zeros ("0841"); read as numbers they would lose them.
    frame = pd.read_csv(path, dtype={"cameoCode": str})
    return {
        "row_count": len(frame),
        "columns": list(frame.columns),
        "dtypes": {column: str(dtype) for column, dtype in frame.dtypes.items()},
        "records": json.loads(frame.to_json(orient="records")),
    }


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("graphml", "csv"):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    print(json.dumps({"graphml": graphml, "csv": csv}[sys.argv[1]](sys.argv[2])))
