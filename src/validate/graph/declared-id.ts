/** An id declared by any node, valid or not, with the kind it claims and the node's place in `nodes`. @internal */
export interface DeclaredId {
  readonly id: string;
  readonly kind: string | undefined;
  readonly index: number;
}
